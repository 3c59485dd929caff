using Platforma.Data.Gmina;

namespace Platforma.Web.Imports;

/// <summary>Model of the shared history table: the imports and where each one's detail page is (<c>{LinkBase}{id}</c>).</summary>
public sealed record ImportHistoryView(IReadOnlyList<AssessmentImport> Items, string LinkBase);
