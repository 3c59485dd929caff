namespace Platforma.Data.Gmina;

/// <summary>Podatnik: a person or a unit the gmina assesses, as exported by its tax system. Upserted, never deleted.</summary>
public class Taxpayer
{
    public long Id { get; set; }
    /// <summary><c>id_podatnika</c> in the tax system; also the payer id of the individual account number.</summary>
    public required string ExternalId { get; set; }
    public TaxpayerKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Pesel { get; set; }
    public string? Nip { get; set; }
    public string? Regon { get; set; }
    public string? Address { get; set; }
    /// <summary>Hash of <c>kod_aktywacyjny</c>, the code printed on the decision that opens an online account.</summary>
    public string? ActivationCodeHash { get; set; }
    public string? Email { get; set; }
    public DateTimeOffset FirstImportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum TaxpayerKind
{
    /// <summary><c>F</c>: osoba fizyczna.</summary>
    Person = 0,
    /// <summary><c>P</c>: osoba prawna or another unit.</summary>
    Organisation = 1,
}
