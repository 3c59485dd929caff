using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Portal.Mail;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Accounts;

/// <summary>
/// Zakładanie konta: the activation code from the decision plus the taxpayer's PESEL (persons) or NIP (others), an
/// e-mail and a password. A wrong pair gets one message that says nothing about which half was wrong or whether the
/// PESEL is known; attempts are rate-limited per gmina and address and logged without what was typed.
/// </summary>
[EnableRateLimiting(PortalServices.GuardedFormsPolicy)]
public sealed class ActivationModel(
    TenantDbContext db, UserManager<PortalUser> users, PortalEmails emails, CurrentTenant current, TimeProvider time,
    ILogger<ActivationModel> log) : PageModel
{
    public const string WrongPair = "Kod aktywacyjny i numer PESEL lub NIP nie pasują do siebie. Sprawdź oba z decyzją podatkową — kod jest wydrukowany w jej nagłówku.";
    public const string AlreadyActivated = "Konto dla tego podatnika już istnieje — zaloguj się lub odzyskaj hasło.";

    [BindProperty] public ActivationInput Input { get; set; } = new();

    public bool CodeAlreadyUsed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = Input.Code?.Trim() ?? "";
        if (code.Length > 0 && !ActivationCodes.HasValidCharacters(code))
            ModelState.AddModelError("Input.Code", "Kod aktywacyjny składa się tylko z liter i cyfr — przepisz go z decyzji.");
        var identifier = Identifier.Read(Input.Identifier);
        if (Input.Identifier is { Length: > 0 } && identifier.Problem is { } problem)
            ModelState.AddModelError("Input.Identifier", problem);
        if (!ModelState.IsValid) return Page();

        var slug = current.Required.Slug;
        var hash = ActivationCodes.Hash(code);
        var candidates = await db.Taxpayers.AsNoTracking()
            .Where(t => t.ActivationCodeHash == hash)
            .Select(t => new { t.Id, t.Kind, t.Name, t.Pesel, t.Nip })
            .ToListAsync(ct);
        var taxpayer = candidates.FirstOrDefault(t => identifier.IsPesel
            ? t.Pesel == identifier.Digits
            : t.Nip == identifier.Digits && (t.Kind == TaxpayerKind.Organisation || t.Pesel is null));
        if (taxpayer is null)
        {
            log.LogWarning("Activation refused in gmina {Gmina} from {Client}: code and {IdentifierKind} do not match",
                slug, HttpContext.Connection.RemoteIpAddress, identifier.IsPesel ? "PESEL" : "NIP");
            ModelState.AddModelError("Input.Code", WrongPair);
            return Page();
        }
        if (await db.Users.AnyAsync(u => u.TaxpayerId == taxpayer.Id, ct))
        {
            log.LogInformation("Activation refused in gmina {Gmina}: taxpayer {TaxpayerId} already has an account", slug, taxpayer.Id);
            CodeAlreadyUsed = true;
            ModelState.AddModelError("Input.Code", AlreadyActivated);
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            Kind = PortalUserKind.Resident,
            TaxpayerId = taxpayer.Id,
            DisplayName = taxpayer.Name.Length <= 200 ? taxpayer.Name : taxpayer.Name[..200],
            CreatedAt = time.GetUtcNow(),
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, Input.Password);
        }
        catch (DbUpdateException)
        {
            // Two activations of the same taxpayer at once: the unique index let only one through.
            CodeAlreadyUsed = true;
            ModelState.AddModelError("Input.Code", AlreadyActivated);
            return Page();
        }
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            return Page();
        }
        log.LogInformation("Account activated in gmina {Gmina} for taxpayer {TaxpayerId}", slug, taxpayer.Id);
        await SendConfirmationAsync(users, emails, current.Required, user, Request, ct);
        return Redirect("/aktywacja/wyslano");
    }

    internal static async Task SendConfirmationAsync(UserManager<PortalUser> users, PortalEmails emails, TenantInfo gmina,
        PortalUser user, HttpRequest request, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = $"{request.Scheme}://{request.Host}/aktywacja/potwierdz?u={Uri.EscapeDataString(user.Id)}&t={Uri.EscapeDataString(token)}";
        await emails.SendConfirmationAsync(gmina, user.Email!, link, ct);
    }
}

public sealed class ActivationInput
{
    [Required(ErrorMessage = "Podaj kod aktywacyjny z decyzji.")]
    [StringLength(ActivationCodes.MaxLength, ErrorMessage = "Kod aktywacyjny ma najwyżej {1} znaków — przepisz go z decyzji.")]
    [Display(Name = "Kod aktywacyjny")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Podaj PESEL (osoby fizyczne) albo NIP (firmy i instytucje).")]
    [StringLength(20, ErrorMessage = "PESEL ma 11 cyfr, a NIP 10 cyfr.")]
    [Display(Name = "PESEL albo NIP")]
    public string Identifier { get; set; } = "";

    [Required(ErrorMessage = "Podaj adres e-mail.")]
    [EmailAddress(ErrorMessage = "Podaj adres e-mail w postaci nazwa@domena.pl.")]
    [StringLength(256, ErrorMessage = "Adres e-mail jest za długi (najwyżej {1} znaków).")]
    [Display(Name = "Adres e-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Ustal hasło.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Hasło musi mieć od {2} do {1} znaków.")]
    [DataType(DataType.Password)]
    [Display(Name = "Hasło")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Powtórz hasło.")]
    [Compare(nameof(Password), ErrorMessage = "Hasła nie są takie same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Powtórz hasło")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>What the resident typed in the PESEL-or-NIP field: 11 digits are a PESEL, 10 a NIP (dashes and spaces ignored).</summary>
public readonly record struct Identifier(bool IsPesel, string? Digits, string? Problem)
{
    public static Identifier Read(string? input)
    {
        var compact = new string((input ?? "").Where(c => c is not (' ' or '-')).ToArray());
        if (compact.Length == 11)
        {
            var pesel = Pesel.Validate(compact);
            return new Identifier(true, pesel.Normalized, pesel.IsValid ? null : pesel.Message);
        }
        if (compact.Length == 10)
        {
            var nip = Nip.Validate(compact);
            return new Identifier(false, nip.Normalized, nip.IsValid ? null : nip.Message);
        }
        return new Identifier(false, null, compact.Any(c => !char.IsAsciiDigit(c))
            ? "PESEL i NIP składają się tylko z cyfr."
            : $"Podaj PESEL (11 cyfr) albo NIP (10 cyfr) — wpisano {DigitCount(compact.Length)}.");
    }

    private static string DigitCount(int n) =>
        n == 1 ? "1 cyfrę" : n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? $"{n} cyfry" : $"{n} cyfr";
}
