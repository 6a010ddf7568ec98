using System.Text.RegularExpressions;

namespace DentalLab.Web.Features.Messages;

/// <summary>A piece of a message: plain text, or a link (<see cref="Href"/> set, http/https only).</summary>
public sealed record MessageSegment(string Text, string? Href);

/// <summary>
/// Splits message text into plain text and links, so the page renders text nodes and &lt;a&gt; elements
/// (never HTML from the message): only absolute http/https addresses become links.
/// </summary>
public static partial class MessageText
{
    public static IReadOnlyList<MessageSegment> Tokenize(string? text)
    {
        var segments = new List<MessageSegment>();
        if (string.IsNullOrEmpty(text))
        {
            return segments;
        }

        var at = 0;
        foreach (Match match in UrlPattern().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'', '"');
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                continue;
            }

            if (match.Index > at)
            {
                segments.Add(new MessageSegment(text[at..match.Index], null));
            }

            segments.Add(new MessageSegment(url, uri.AbsoluteUri));
            at = match.Index + url.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new MessageSegment(text[at..], null));
        }

        return segments;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
