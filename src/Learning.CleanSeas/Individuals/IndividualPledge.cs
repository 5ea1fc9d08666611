namespace Learning.CleanSeas.Individuals;

/// <summary>A person's pledge: counted once its address is confirmed; the name is shown only if they allow it.</summary>
public class IndividualPledge
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public bool HideName { get; set; }
    public string CountryCode { get; set; } = "";
    public List<string> Promises { get; set; } = [];
    public string Email { get; set; } = "";
    public string Culture { get; set; } = "en";
    public string ConfirmToken { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? ConfirmedUtc { get; set; }
}
