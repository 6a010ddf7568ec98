using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Layout;

/// <summary>What a person sees of a page's width: horizontal scrolling, and the elements that stick out.</summary>
internal static class LayoutProbe
{
    /// <summary>
    /// Null when nothing needs sideways scrolling; otherwise how far the page scrolls sideways, the outermost elements that stick
    /// out past the viewport, and the parts of the page that scroll sideways on their own (hiding what does not fit).
    /// </summary>
    public static async Task<string?> OverflowAsync(IPage page)
    {
        var result = await page.EvaluateAsync<string>(
            """
            () => {
              const root = document.documentElement;
              const width = root.clientWidth;
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).slice(0, 4).join('.') : '')
                  + (el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '')
                  + (el.closest('[data-testid]') && !el.dataset.testid ? ` in [data-testid=${el.closest('[data-testid]').dataset.testid}]` : '')
                  + ` "${(el.innerText || '').trim().slice(0, 40).replace(/\s+/g, ' ')}"`;
              // A part of the page that scrolls sideways hides columns just as the page would (a table cut off at the edge).
              const hidden = [...document.body.querySelectorAll('*')]
                .filter(el => el.offsetParent !== null && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
                .slice(0, 6).map(el => `${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
              if (root.scrollWidth <= width) return hidden.join('; ');
              const out = hidden;
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.right <= width + 1) continue;
                if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1) continue;
                out.push(`${name(el)} right=${Math.round(r.right)} width=${Math.round(r.width)}`);
                if (out.length >= 12) break;
              }
              return `scrollWidth ${root.scrollWidth} > ${width}: ` + out.join('; ');
            }
            """);
        return result.Length == 0 ? null : result;
    }

    /// <summary>
    /// The app bar's visible controls (links and buttons) that are not wholly on screen, or that overlap one another; null when
    /// every one can be seen and tapped.
    /// </summary>
    public static async Task<string?> HeaderClashAsync(IPage page)
    {
        var result = await page.EvaluateAsync<string>(
            """
            () => {
              const bar = document.querySelector('header.mud-appbar');
              if (!bar) return 'no app bar';
              const width = document.documentElement.clientWidth;
              const name = el => (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 30);
              const controls = [...bar.querySelectorAll('a, button')]
                .filter(el => !el.closest('a, button') || el.closest('a, button') === el)
                .filter(el => el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden')
                .map(el => ({ el, r: el.getBoundingClientRect() }))
                .filter(c => c.r.width > 0 && c.r.height > 0);
              const problems = [];
              for (const c of controls) {
                if (c.r.left < -1 || c.r.right > width + 1) problems.push(`'${name(c.el)}' off screen (${Math.round(c.r.left)}..${Math.round(c.r.right)})`);
                // Clipped by a scrolling or hidden-overflow ancestor inside the bar: not all of it can be seen.
                for (let a = c.el.parentElement; a && a !== bar.parentElement; a = a.parentElement) {
                  const s = getComputedStyle(a);
                  if (s.overflowX !== 'visible') {
                    const ar = a.getBoundingClientRect();
                    if (c.r.left < ar.left - 1 || c.r.right > ar.right + 1) problems.push(`'${name(c.el)}' cut off by its container`);
                    break;
                  }
                }
              }
              for (let i = 0; i < controls.length; i++)
                for (let j = i + 1; j < controls.length; j++) {
                  const a = controls[i].r, b = controls[j].r;
                  if (controls[i].el.contains(controls[j].el) || controls[j].el.contains(controls[i].el)) continue;
                  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                    problems.push(`'${name(controls[i].el)}' overlaps '${name(controls[j].el)}'`);
                }
              return problems.join('; ');
            }
            """);
        return result.Length == 0 ? null : result;
    }
}
