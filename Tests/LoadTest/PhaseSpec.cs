namespace SupportBot.LoadTest;

/// <summary>One measured load shape against one bot.</summary>
/// <param name="Phase">"saturation" (closed loop, no think time) or "paced" (think time between turns).</param>
/// <param name="Bot">"survey" (SupportBot) or "echo" (the baseline).</param>
/// <param name="Conversations">Concurrent conversations, each one customer at a time.</param>
/// <param name="Duration">How long new turns are started.</param>
/// <param name="ThinkMin">Least wait between two turns of a conversation.</param>
/// <param name="ThinkMax">Longest wait; zero for no think time.</param>
public sealed record PhaseSpec(string Phase, string Bot, int Conversations, TimeSpan Duration, TimeSpan ThinkMin, TimeSpan ThinkMax)
{
    public bool Paced => ThinkMax > TimeSpan.Zero;

    public string ThinkTime => Paced ? $"{ThinkMin.TotalSeconds:0.0#}–{ThinkMax.TotalSeconds:0.0#} s" : "none";
}
