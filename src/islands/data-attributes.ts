/**
 * An element that carries these data attributes, found by a selector that names them (`[data-chart]`) or written
 * with them by its component: its dataset holds each as a string. A type only, so it adds nothing to a bundle.
 */
export type WithData<Key extends string> = HTMLElement & { dataset: Record<Key, string> };
