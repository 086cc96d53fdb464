using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Abstractions;

/// <summary>One help article in one language.</summary>
/// <param name="Id">Stable id shared by the article's translations (recorded with feedback).</param>
/// <param name="Language">The language it is written in.</param>
/// <param name="Title">Its title, also the text of its suggestion button.</param>
/// <param name="Body">The answer, in Markdown.</param>
/// <param name="Tags">Topic words that describe it.</param>
/// <param name="Synonyms">Phrasings customers use when they need it.</param>
/// <param name="Related">Ids of related articles.</param>
public sealed record KnowledgeArticle(
    string Id,
    Language Language,
    string Title,
    string Body,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Related);
