namespace CallCenter.Core.Outbound;

public enum CampaignKind
{
    ArrivalNotice,
    DeliveryReminder,
    BirthdayGreeting,
    SatisfactionSurvey,
    Callback,
}
