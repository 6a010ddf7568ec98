using System.Net;
using System.Text.RegularExpressions;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>
/// A raw HTTP client for the security tests: its own cookies, and a Host / X-Forwarded-* of the test's choosing
/// on every request (what a forged request or a reverse proxy sends).
/// </summary>
public sealed partial class SecurityHttp : IDisposable
{
    private readonly HttpClient _client;

    public SecurityHttp(LabApp app)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Sent as the Host header when set.</summary>
    public string? Host { get; set; }

    /// <summary>Sent as X-Forwarded-For when set (believed only from configured proxies).</summary>
    public string? ForwardedFor { get; set; }

    /// <summary>Sent as X-Forwarded-Proto when set.</summary>
    public string? ForwardedProto { get; set; }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>GETs <paramref name="path"/>, then posts its static form <paramref name="formName"/> with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formName, Dictionary<string, string> fields)
    {
        var page = await (await GetAsync(path)).Content.ReadAsStringAsync();
        var values = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
        };
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(values) });
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Host is not null)
        {
            request.Headers.Host = Host;
        }

        if (ForwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", ForwardedFor);
        }

        if (ForwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", ForwardedProto);
        }

        return await _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
