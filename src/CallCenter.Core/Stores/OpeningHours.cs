namespace CallCenter.Core.Stores;

public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
