"use client";
import { type RefObject, useEffect, useState } from "react";

/**
 * True once the element has come within `margin` of the viewport: heavy
 * drawings (charts, the map) load as the reader scrolls towards them, not
 * with the page's first bytes.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = "600px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
