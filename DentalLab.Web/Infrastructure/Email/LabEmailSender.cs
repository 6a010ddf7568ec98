using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

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

/// <summary>Sends through SMTP when a host is configured; otherwise writes each message as an .eml file into the outbox folder.</summary>
internal sealed class SmtpOrOutboxEmailSender(EmailOptions options, string outboxFolder, ILogger<SmtpOrOutboxEmailSender> logger) : ILabEmailSender
{
    public string OutboxFolder => outboxFolder;

    public async Task SendAsync(LabEmail message, CancellationToken ct = default)
    {
        using var mail = new MailMessage
        {
            From = new MailAddress(options.From),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.To.Add(new MailAddress(message.To, message.ToName, Encoding.UTF8));
        foreach (var file in message.Attachments ?? [])
        {
            var attachment = new Attachment(new MemoryStream(file.Content), file.FileName, file.ContentType);
            attachment.ContentDisposition!.DispositionType = DispositionTypeNames.Attachment;
            mail.Attachments.Add(attachment);
        }

        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            Directory.CreateDirectory(outboxFolder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = outboxFolder;
        }
        else
        {
            client.Host = options.SmtpHost;
            client.Port = options.SmtpPort;
            client.EnableSsl = options.SmtpEnableSsl;
            if (!string.IsNullOrEmpty(options.SmtpUser))
            {
                client.Credentials = new NetworkCredential(options.SmtpUser, options.SmtpPassword);
            }
        }

        await client.SendMailAsync(mail, ct);
        logger.LogInformation("Email \"{Subject}\" sent", message.Subject);
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
