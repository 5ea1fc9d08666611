namespace Learning.Certificates.Issuing;

/// <summary>
/// A programme whose certificate holders are young people: its public verification page confirms
/// the certificate but never shows the holder's name. Modules register one per such programme.
/// </summary>
public sealed record PrivateHolderProgramme(string Programme);
