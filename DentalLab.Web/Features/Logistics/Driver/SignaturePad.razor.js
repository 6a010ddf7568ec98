// A signature drawn with a finger (or mouse) on a canvas; handed to .NET as PNG bytes through a stream reference.
const pads = new WeakMap();

export function attach(canvas) {
    if (!canvas) return;
    const rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(rect.width));
    canvas.height = Math.max(1, Math.round(rect.height));
    const ctx = canvas.getContext('2d');
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#000';
    const state = { drawing: false, drawn: false };
    const point = e => {
        const r = canvas.getBoundingClientRect();
        return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
    };
    canvas.addEventListener('pointerdown', e => {
        state.drawing = true;
        canvas.setPointerCapture(e.pointerId);
        const [x, y] = point(e);
        ctx.beginPath();
        ctx.moveTo(x, y);
        e.preventDefault();
    });
    canvas.addEventListener('pointermove', e => {
        if (!state.drawing) return;
        const [x, y] = point(e);
        ctx.lineTo(x, y);
        ctx.stroke();
        state.drawn = true;
        canvas.dataset.signed = 'true';
        e.preventDefault();
    });
    const end = () => { state.drawing = false; };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    pads.set(canvas, state);
}

export function clear(canvas) {
    const state = pads.get(canvas);
    if (!canvas || !state) return;
    canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
    state.drawn = false;
    canvas.dataset.signed = 'false';
}

// The signature as PNG bytes, or null when nothing was drawn.
export async function png(canvas) {
    const state = pads.get(canvas);
    if (!canvas || !state || !state.drawn) return null;
    const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
    return new Uint8Array(await blob.arrayBuffer());
}
