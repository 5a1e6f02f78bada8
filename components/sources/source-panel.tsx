"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useMessages } from "@/lib/i18n/use-messages";
import styles from "./source-panel.module.css";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * A modal <dialog>: the browser makes the page behind inert; Tab wraps within
 * the panel (a dialog alone lets focus leave for the browser's own controls);
 * Esc closes it; on close, focus goes back to what opened it.
 */
export function SourcePanel({ label, children }: { label: string; children: React.ReactNode }) {
  const t = useMessages();
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

  const wrapTab = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab" || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className={styles.panel}
      aria-label={label}
      onKeyDown={wrapTab}
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
