using Platforma.Domain;

namespace Platforma.Data.Gmina;

/// <summary>Należność: one instalment of one decision (rata 0 = single payment), as booked in the tax system.</summary>
public class Liability
{
    public long Id { get; set; }
    /// <summary><c>id_naleznosci</c>.</summary>
    public required string ExternalId { get; set; }
    public long TaxpayerId { get; set; }
    public Taxpayer? Taxpayer { get; set; }
    public int Year { get; set; }
    public TaxKind TaxKind { get; set; }
    /// <summary><c>nr_decyzji</c>; empty for declarations of legal persons.</summary>
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    /// <summary><c>rata</c>: 0 for a single payment, otherwise 1…12.</summary>
    public int Instalment { get; set; }
    /// <summary><c>termin</c>: the due date as the tax system states it.</summary>
    public DateOnly DueDate { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Koszty upomnienia charged on this liability.</summary>
    public decimal Costs { get; set; }
}
