using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platforma.Web.Operator;

public sealed class SignInModel(OperatorAccounts accounts, ILogger<SignInModel> log) : PageModel
{
    [BindProperty] public OperatorSignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var op = await accounts.VerifyAsync(Input.Email, Input.Password, ct);
        if (op is null)
        {
            log.LogWarning("Operator sign-in failed");
            ModelState.AddModelError("Input.Password", "Nieprawidłowy e-mail lub hasło (po 5 nieudanych próbach konto blokuje się na 15 minut).");
            return Page();
        }
        await HttpContext.SignInAsync(OperatorAuth.Scheme, OperatorAuth.Principal(op));
        log.LogInformation("Operator {Operator} signed in", op.Email);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}

public sealed class OperatorSignInInput
{
    [Required(ErrorMessage = "Podaj adres e-mail.")]
    [EmailAddress(ErrorMessage = "Podaj adres e-mail w postaci nazwa@domena.pl.")]
    [Display(Name = "Adres e-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Podaj hasło.")]
    [DataType(DataType.Password)]
    [Display(Name = "Hasło")]
    public string Password { get; set; } = "";
}
