namespace SupportBot.Evaluation;

/// <summary>Bad input to the evaluation tool: reported as one line and a non-zero exit code, no stack trace.</summary>
public sealed class EvaluationException(string message) : Exception(message);
