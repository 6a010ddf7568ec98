// Loads older messages when the top of the thread scrolls into view; keeps the thread at its end for new ones.
const observers = new WeakMap();

export function observeTop(sentinel, container, dotnet) {
    // The page may be on its way out (a quick navigation): then the elements are gone.
    if (!(sentinel instanceof Element) || !(container instanceof Element)) return;
    const observer = new IntersectionObserver(entries => {
        if (entries.some(e => e.isIntersecting) && container.scrollTop > 0 === false && container.scrollHeight > container.clientHeight) {
            const before = container.scrollHeight;
            dotnet.invokeMethodAsync('LoadOlderAsync').then(() => {
                container.scrollTop = container.scrollHeight - before;
            });
        }
    }, { root: container, threshold: 0 });
    observer.observe(sentinel);
    observers.set(sentinel, observer);
}

export function scrollToEnd(container) {
    if (container) container.scrollTop = container.scrollHeight;
}

export function dispose(sentinel) {
    const observer = observers.get(sentinel);
    if (observer) observer.disconnect();
}
