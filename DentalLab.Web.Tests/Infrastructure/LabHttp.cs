using System.Net;
using System.Text.RegularExpressions;

namespace DentalLab.Web.Tests.Infrastructure;

/// <summary>A plain HTTP client with its own cookies, signing in through the real sign-in form.</summary>
public sealed partial class LabHttp : IDisposable
{
    private readonly HttpClient _client;

    public LabHttp(LabApp app)
    {
        Cookies = new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
    }

    public CookieContainer Cookies { get; }

    /// <summary>Posts the sign-in form; returns the response (302 to the landing page on success, 200 with a message otherwise).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var form = await _client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        return await _client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    /// <summary>Posts a static form of <paramref name="path"/> (named <paramref name="formName"/>) with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formName, Dictionary<string, string> fields)
    {
        var form = await _client.GetStringAsync(path);
        var values = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
        };
        return await _client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>The path a redirect points to (absolute or relative Location), without the query.</summary>
    public static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(new Uri("http://app"), location)).AbsolutePath
            : null;

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
