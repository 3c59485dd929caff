using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Accounts;

/// <summary>The link from the confirmation e-mail: confirms the address, after which the resident can sign in.</summary>
public sealed class ConfirmEmailModel(UserManager<PortalUser> users, ILogger<ConfirmEmailModel> log) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "u")] string? userId, [FromQuery(Name = "t")] string? token)
    {
        if (userId is { Length: > 0 and <= 100 } && token is { Length: > 0 and <= 2000 } && await users.FindByIdAsync(userId) is { } user)
        {
            Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
            if (Confirmed) log.LogInformation("E-mail confirmed for user {UserId}", user.Id);
        }
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
