using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;
using DentalLab.Web.Infrastructure.Observability;

namespace DentalLab.Web.Infrastructure.Email;

/// <summary>An attachment: a file name, its MIME type and its bytes.</summary>
public sealed record LabEmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A plain-text email to one person.</summary>
public sealed record LabEmail(string To, string ToName, string Subject, string Body, IReadOnlyList<LabEmailAttachment>? Attachments = null);

/// <summary>The one way the app sends email.</summary>
public interface ILabEmailSender
{
    Task SendAsync(LabEmail message, CancellationToken ct = default);
}

/// <summary>Email settings (configuration section Email). Without an SMTP host, mail goes to <see cref="OutboxPath"/> as .eml files.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "DentalLab <no-reply@dentallab.test>";

    public string SmtpHost { get; set; } = "";

    public int SmtpPort { get; set; } = 587;

    public string SmtpUser { get; set; } = "";

    public string SmtpPassword { get; set; } = "";

    public bool SmtpEnableSsl { get; set; } = true;

    public string OutboxPath { get; set; } = "outbox";
}

/// <summary>
/// Sends through SMTP (MailKit) when a host is configured; otherwise writes the same MimeKit message as an .eml file
/// into the outbox folder (written under a temporary name and renamed, so a reader never sees half a message).
/// </summary>
internal sealed class SmtpOrOutboxEmailSender(EmailOptions options, string outboxFolder, ILogger<SmtpOrOutboxEmailSender> logger) : ILabEmailSender
{
    // .eml files are RFC 5322 text: CRLF line ends whatever the platform.
    private static readonly FormatOptions EmlFormat = CreateEmlFormat();

    public string OutboxFolder => outboxFolder;

    public async Task SendAsync(LabEmail message, CancellationToken ct = default)
    {
        var via = string.IsNullOrWhiteSpace(options.SmtpHost) ? "outbox" : "smtp";
        try
        {
            await DeliverAsync(message, ct);
            LabMetrics.EmailsSent.Add(1, new KeyValuePair<string, object?>("via", via));
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            LabMetrics.EmailsFailed.Add(1, new KeyValuePair<string, object?>("via", via));
            throw;
        }
    }

    private async Task DeliverAsync(LabEmail message, CancellationToken ct)
    {
        using var mime = Build(message);
        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            Directory.CreateDirectory(outboxFolder);
            var name = Guid.NewGuid().ToString("N");
            var partial = Path.Combine(outboxFolder, name + ".tmp");
            await mime.WriteToAsync(EmlFormat, partial, ct);
            File.Move(partial, Path.Combine(outboxFolder, name + ".eml"));
        }
        else
        {
            using var client = new SmtpClient();
            var security = !options.SmtpEnableSsl ? SecureSocketOptions.None
                : options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(options.SmtpHost, options.SmtpPort, security, ct);
            if (!string.IsNullOrEmpty(options.SmtpUser))
            {
                await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword, ct);
            }

            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(true, ct);
        }

        logger.LogInformation("Email \"{Subject}\" sent", message.Subject);
    }

    /// <summary>The MIME message: UTF-8 plain text (base64, so any name survives), and the attachments when there are any.</summary>
    internal MimeMessage Build(LabEmail message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        var text = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.Base64 };
        text.SetText("utf-8", message.Body);
        if (message.Attachments is not { Count: > 0 } attachments)
        {
            mime.Body = text;
            return mime;
        }

        var mixed = new Multipart("mixed") { text };
        foreach (var file in attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(file.ContentType))
            {
                Content = new MimeContent(new MemoryStream(file.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            });
        }

        mime.Body = mixed;
        return mime;
    }

    private static FormatOptions CreateEmlFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}

public static class EmailSetup
{
    public static IServiceCollection AddLabEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Email").Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(options);
        services.AddSingleton<ILabEmailSender>(sp =>
        {
            var env = sp.GetRequiredService<IWebHostEnvironment>();
            var outbox = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.OutboxPath));
            return new SmtpOrOutboxEmailSender(options, outbox, sp.GetRequiredService<ILogger<SmtpOrOutboxEmailSender>>());
        });
        return services;
    }
}
