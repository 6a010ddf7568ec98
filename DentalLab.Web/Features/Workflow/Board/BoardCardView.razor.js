// A board card's actions menu, just built in place of its stand-in button: the focus goes to the menu's own button.
export function focusMenuButton(host) {
    if (host instanceof Element) host.querySelector('button')?.focus();
}
