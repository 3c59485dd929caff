using Microsoft.AspNetCore.Identity;

namespace Platforma.Web.Portal.Accounts;

/// <summary>ASP.NET Core Identity's messages in Polish, worded for residents (they appear next to form fields).</summary>
public sealed class PolishIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Nie udało się zapisać zmian. Spróbuj ponownie.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Konto zmieniło się w międzyczasie. Spróbuj ponownie.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Nieprawidłowe hasło.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Link wygasł lub został już użyty.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Nieprawidłowy kod zapasowy.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "To konto zewnętrzne jest już powiązane z innym kontem.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Adres e-mail zawiera niedozwolone znaki.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Podaj adres e-mail w postaci nazwa@domena.pl.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Ten adres e-mail jest już używany przez inne konto w tym portalu. Zaloguj się albo podaj inny adres.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Ten adres e-mail jest już używany przez inne konto w tym portalu. Zaloguj się albo podaj inny adres.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Konto ma już hasło.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Blokada konta jest wyłączona.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Hasło musi mieć co najmniej {length} znaków.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Hasło musi zawierać co najmniej {uniqueChars} różne znaki.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Hasło musi zawierać znak inny niż litera i cyfra.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Hasło musi zawierać cyfrę.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Hasło musi zawierać małą literę.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Hasło musi zawierać wielką literę.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
