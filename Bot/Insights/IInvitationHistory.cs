namespace SupportBot.Bot.Insights;

/// <summary>The survey invitations sent, for the answered-invitations rate. The default registration knows of none
/// (the rate is then shown as "—"); the invitations feature replaces it.</summary>
public interface IInvitationHistory
{
    /// <summary>Every invitation and reminder sent in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="from">Start, inclusive.</param>
    /// <param name="to">End, exclusive.</param>
    /// <param name="ct">Cancels the read.</param>
#pragma warning disable CA1716 // The integrator's agreed signature (from/to/ct).
    Task<IReadOnlyList<InvitationFact>> ListSentAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
#pragma warning restore CA1716
}
