namespace DentalLab.Web.Infrastructure.Validation;

/// <summary>
/// The outcome of a change made through a service: empty when it worked, else messages by field ("" for the
/// form as a whole), shown next to the fields. Every module's forms use it.
/// </summary>
public sealed class ChangeResult
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool Succeeded => Errors.Count == 0;

    /// <summary>Something to tell the user even though the change worked (e.g. the email could not be sent).</summary>
    public string? Warning { get; init; }

    /// <summary>
    /// Someone else changed the record first (optimistic concurrency): the page reloads what is there now and
    /// keeps the user's input, instead of treating it as a validation message.
    /// </summary>
    public bool Conflict { get; init; }

    public static ChangeResult Ok(string? warning = null) => new() { Warning = warning };

    /// <summary>The record changed under the user: <see cref="Conflict"/> is set and the message is for the form as a whole.</summary>
    public static ChangeResult Conflicted(string message)
    {
        var result = new ChangeResult { Conflict = true };
        result.Errors[""] = message;
        return result;
    }

    public static ChangeResult Fail(string field, string message)
    {
        var result = new ChangeResult();
        result.Errors[field] = message;
        return result;
    }

    public string? For(string field) => Errors.GetValueOrDefault(field);

    /// <summary>Every message in one sentence, for a snackbar or a log line when no field shows them.</summary>
    public string Message => string.Join(" ", Errors.Values);
}
