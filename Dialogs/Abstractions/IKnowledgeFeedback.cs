namespace SupportBot.Dialogs.Abstractions;

/// <summary>Where the customers' "did this help?" answers about articles go.</summary>
public interface IKnowledgeFeedback
{
    /// <summary>Records one answer.</summary>
    Task RecordAsync(KnowledgeFeedback feedback, CancellationToken cancellationToken);
}
