using System.Net;
using System.Text.RegularExpressions;
using DentalLab.Web.Components.Account;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>
/// Finding 6 (ASVS 6.3.8): the sign-in and forgot-password forms answer a real account and an address nobody has in
/// the same words, also once the real account is locked out, so neither form tells who has an account here.
/// </summary>
[Collection(LabCollection.Name)]
public sealed partial class AccountEnumerationTests(LabServerFixture server)
{
    [Fact]
    public async Task A_locked_account_and_an_unknown_address_get_the_same_sign_in_answer_and_the_same_forgot_password_answer()
    {
        var app = await server.SharedAppAsync("security-enumeration");
        var (known, _) = await SecurityTestData.CreateUserAsync(app, "staff");
        var unknown = $"nobody-{Guid.NewGuid():N}"[..20] + "@dentallab.test";

        async Task<string> SignInAnswerAsync(string email)
        {
            using var http = new SecurityHttp(app);
            var answer = "";
            for (var i = 0; i < 6; i++)
            {
                var response = await http.SignInAsync(email, "not the password " + i);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answer = Alert(await response.Content.ReadAsStringAsync());
            }

            return answer;
        }

        // Six wrong passwords: the real account is locked out by now, the unknown address never existed.
        var lockedAnswer = await SignInAnswerAsync(known);
        var unknownAnswer = await SignInAnswerAsync(unknown);
        Assert.Equal(WebUtility.HtmlEncode(Login.InvalidMessage), lockedAnswer);
        Assert.Equal(lockedAnswer, unknownAnswer);

        async Task<string> ForgotAnswerAsync(string email)
        {
            using var http = new SecurityHttp(app);
            var response = await http.PostFormAsync("/account/forgot-password", "forgot-password", new() { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return MainContent(await response.Content.ReadAsStringAsync());
        }

        var knownForgot = await ForgotAnswerAsync(known);
        Assert.Equal(knownForgot, await ForgotAnswerAsync(unknown));
        // The real account did get its link: the answer is the same, the effect is not.
        Assert.Contains("reset-password?token=", Eml.Body(await app.WaitForEmailAsync(known)), StringComparison.Ordinal);
    }

    /// <summary>The error alert's text of the sign-in form.</summary>
    private static string Alert(string html)
    {
        var match = AlertText().Match(html);
        Assert.True(match.Success, "no alert on the sign-in page");
        return match.Groups[1].Value.Trim();
    }

    /// <summary>The page's main content without per-request tokens (antiforgery, nonces).</summary>
    private static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "no main element");
        return Tokens().Replace(html[start..end], "");
    }

    [GeneratedRegex("""<div[^>]*role="alert"[^>]*>(?:\s*<[^>]+>)*\s*([^<]+)""", RegexOptions.Singleline)]
    private static partial Regex AlertText();

    [GeneratedRegex("""(name="__RequestVerificationToken"[^>]*value="[^"]*")|(nonce="[^"]*")""")]
    private static partial Regex Tokens();
}
