namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>One sentence; targets and assessments only come with opinion mining.</summary>
internal sealed record SentenceSentimentDto(
    string Text,
    string Sentiment,
    ConfidenceScoresDto ConfidenceScores,
    int Offset,
    int Length,
    IReadOnlyList<SentenceTargetDto>? Targets,
    IReadOnlyList<SentenceAssessmentDto>? Assessments);
