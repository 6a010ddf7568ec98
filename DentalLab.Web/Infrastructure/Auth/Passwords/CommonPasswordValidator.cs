using System.IO.Compression;
using DentalLab.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace DentalLab.Web.Infrastructure.Auth.Passwords;

/// <summary>
/// The 100,000 most common passwords (ASVS 5.0 6.2.4), shipped inside the app as an embedded gzip file (source and
/// licence in README.md beside it) and read once per process, on first use. Compared without regard to case: a
/// list word in capitals is just as guessable.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "DentalLab.CommonPasswords.txt.gz";

    private readonly Lazy<(HashSet<string> Set, int Lines)> _list = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How many passwords the shipped file lists (100,000).</summary>
    public int Lines => _list.Value.Lines;

    /// <summary>How many different passwords that is when case is ignored (fewer: "Password" and "password" are one).</summary>
    public int Count => _list.Value.Set.Count;

    public bool Contains(string password) => _list.Value.Set.Contains(password);

    private static (HashSet<string> Set, int Lines) Load()
    {
        using var resource = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded password list {ResourceName} is missing from the build.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var list = new HashSet<string>(110_000, StringComparer.OrdinalIgnoreCase);
        var lines = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                lines++;
                list.Add(line);
            }
        }

        return (list, lines);
    }
}

/// <summary>Refuses a password that is on <see cref="CommonPasswords"/>, wherever a password is set (Identity runs it).</summary>
public sealed class CommonPasswordValidator(CommonPasswords list) : IPasswordValidator<User>
{
    public const string Code = "CommonPassword";

    public const string Description = "This password is one of the 100,000 most common passwords, the first ones an attacker tries. Choose another.";

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(password is not null && list.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Description })
            : IdentityResult.Success);
}
