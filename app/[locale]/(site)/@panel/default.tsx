/** No panel open: the slot renders nothing. */
export default function NoPanel() {
  return null;
}
