namespace Learning.TideTurners.Groups;

public enum AppointmentRole
{
    Leader,
    Coordinator,
}

/// <summary>
/// An adult appointed by an administrator to lead groups or to coordinate the challenge, always within
/// one organisation and one country: that pair is the limit of what they may see and do.
/// </summary>
public class Appointment
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public AppointmentRole Role { get; set; }
    public string OrganisationId { get; set; } = "";
    public string Country { get; set; } = "";
    public DateTime CreatedUtc { get; set; }

    public bool Covers(string organisationId, string country) => OrganisationId == organisationId && Country == country;
}
