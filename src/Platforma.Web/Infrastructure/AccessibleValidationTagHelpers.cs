using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platforma.Web.Infrastructure;

/// <summary>
/// Ties a field to its error message for screen readers: an invalid input gets <c>aria-invalid</c> and
/// <c>aria-describedby</c> pointing at the message, which gets a matching id.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AccessibleFieldTagHelper : TagHelper
{
    public override int Order => 1000; // after the built-in helpers have written id and name

    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = default!;
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0) return;
        var id = Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(name, "_");
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? id + "-error" : describedBy + " " + id + "-error");
    }
}

[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class AccessibleValidationMessageTagHelper : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeName("asp-validation-for")] public ModelExpression For { get; set; } = default!;
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Attributes.SetAttribute("id", Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(name, "_") + "-error");
    }
}
