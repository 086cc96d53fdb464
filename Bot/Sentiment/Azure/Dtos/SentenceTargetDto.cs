namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>What an opinion is about, linked to its assessments by JSON pointers.</summary>
internal sealed record SentenceTargetDto(string Text, string Sentiment, int Offset, int Length, IReadOnlyList<TargetRelationDto>? Relations);
