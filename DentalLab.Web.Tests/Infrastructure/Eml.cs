using System.Text;
using MimeKit;

namespace DentalLab.Web.Tests.Infrastructure;

/// <summary>Reads an .eml from the outbox with MimeKit (any transfer encoding): its plain-text body.</summary>
public static class Eml
{
    public static string Body(string raw)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        var message = MimeMessage.Load(stream);
        return message.TextBody ?? message.HtmlBody ?? "";
    }
}
