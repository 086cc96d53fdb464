namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>A link from a target, e.g. <c>{"relationType":"assessment","ref":"#/documents/0/sentences/1/assessments/0"}</c>.</summary>
internal sealed record TargetRelationDto(string RelationType, string Ref);
