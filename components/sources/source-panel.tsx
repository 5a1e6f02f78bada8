"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { getMessages } from "@/lib/i18n/messages";
import styles from "./source-panel.module.css";

/**
 * A modal <dialog>: the browser keeps focus inside it and makes the page
 * behind inert; Esc closes it; on close, focus goes back to what opened it.
 */
export function SourcePanel({ label, children }: { label: string; children: React.ReactNode }) {
  const t = getMessages();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  const close = () => router.back();

  return (
    <dialog
      ref={dialog}
      className={styles.panel}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className={styles.bar}>
        <button type="button" className={styles.close} onClick={close} autoFocus>
          {t.panel.close}
        </button>
      </div>
      <div className={styles.body}>{children}</div>
    </dialog>
  );
}
