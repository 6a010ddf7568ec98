namespace DentalLab.Web.Infrastructure.Validation;

/// <summary>
/// A form's server messages that go away as soon as the user changes what they were about: each message is shown
/// only while its field's <em>key</em> (the value, or the values it depends on) is what it was when the form was
/// refused. A field changed to something else drops its message at once; the others stay until the next submit.
/// </summary>
public sealed class FieldErrors(Func<string, string> keyOf)
{
    private readonly Dictionary<string, string> _refusedKeys = new(StringComparer.Ordinal);
    private ChangeResult _result = ChangeResult.Ok();

    public ChangeResult Result => _result;

    /// <summary>Takes the service's answer while the input is still what was submitted.</summary>
    public void Set(ChangeResult result)
    {
        _result = result;
        _refusedKeys.Clear();
        foreach (var field in result.Errors.Keys)
        {
            _refusedKeys[field] = keyOf(field);
        }
    }

    /// <summary>The message for <paramref name="field"/> while the field still holds the refused value ("" = the form as a whole, always shown).</summary>
    public string? For(string field) =>
        _result.For(field) is { } message && (field.Length == 0 || _refusedKeys.GetValueOrDefault(field) == keyOf(field)) ? message : null;
}
