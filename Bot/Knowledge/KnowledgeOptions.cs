using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Knowledge;

/// <summary>The knowledge base (section "Knowledge").</summary>
public sealed class KnowledgeOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>Folder of the articles (<c>&lt;id&gt;.es.md</c> and <c>&lt;id&gt;.en.md</c>) and the synonym lists
    /// (<c>synonyms.es.txt</c>, <c>synonyms.en.txt</c>); relative paths are relative to the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ArticlesPath { get; set; } = "Knowledge/Articles";

    /// <summary>Confidence (0–1) from which the best article is shown as the answer.</summary>
    [Range(0.0, 1.0)]
    public double AnswerThreshold { get; set; } = 0.5;

    /// <summary>Confidence (0–1) from which the best articles are offered as suggestions; under it nothing is offered.</summary>
    [Range(0.0, 1.0)]
    public double SuggestThreshold { get; set; } = 0.25;

    /// <summary>Where "did this help?" answers are kept.</summary>
    [EnumDataType(typeof(KnowledgeFeedbackStoreProvider))]
    public KnowledgeFeedbackStoreProvider FeedbackStore { get; set; } = KnowledgeFeedbackStoreProvider.Sqlite;

    /// <summary>SQLite file of the feedback (relative paths are relative to the content root); may be the survey file.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/supportbot.db";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SuggestThreshold > AnswerThreshold)
        {
            yield return new ValidationResult(
                "Knowledge:SuggestThreshold must not be above Knowledge:AnswerThreshold.", [nameof(SuggestThreshold), nameof(AnswerThreshold)]);
        }
    }
}
