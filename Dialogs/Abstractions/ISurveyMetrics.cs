namespace SupportBot.Dialogs.Abstractions;

/// <summary>Counts surveys for telemetry (started, completed, the scores given). Implemented in <c>Bot/</c> on
/// System.Diagnostics.Metrics; the dialogs only say what happened.</summary>
public interface ISurveyMetrics
{
    /// <summary>A new survey was saved with its first question pending.</summary>
    void SurveyStarted(SurveyRecord record);

    /// <summary>A survey was saved as completed, with its scores.</summary>
    void SurveyCompleted(SurveyRecord record);
}
