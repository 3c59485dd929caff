namespace Platforma.Data.Gmina;

/// <summary>Wpłata booked in the tax system.</summary>
public class Payment
{
    public long Id { get; set; }
    /// <summary><c>id_wplaty</c>.</summary>
    public required string ExternalId { get; set; }
    public long TaxpayerId { get; set; }
    public Taxpayer? Taxpayer { get; set; }
    /// <summary>The payment date (art. 60 OP): the day the payer's account was debited.</summary>
    public DateOnly Date { get; set; }
    /// <summary>
    /// The tax year the payment belongs to for imports: the year of the liability it was booked to, otherwise the
    /// year of <see cref="Date"/>. A package that names a year replaces exactly that year's payments.
    /// </summary>
    public int Year { get; set; }
    public decimal Amount { get; set; }
    /// <summary>The liability the tax system booked it to, when it names one.</summary>
    public long? LiabilityId { get; set; }
    public Liability? Liability { get; set; }
    /// <summary><c>kanal</c>: kasa, przelew, online…</summary>
    public string? Channel { get; set; }
    public string? Title { get; set; }
}
