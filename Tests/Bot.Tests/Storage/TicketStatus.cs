namespace SupportBot.Bot.Tests.Storage;

public enum TicketStatus
{
    Open,
    WaitingForCustomer,
    Closed,
}
