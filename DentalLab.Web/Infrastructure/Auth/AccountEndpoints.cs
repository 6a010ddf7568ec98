using Microsoft.AspNetCore.Antiforgery;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>The account actions that are plain HTTP posts (they must answer with a cookie change).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext http, AccountService accounts, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            await accounts.SignOutAsync(http);
            return Results.LocalRedirect("~/account/login");
        }).RequireAuthorization();
    }
}
