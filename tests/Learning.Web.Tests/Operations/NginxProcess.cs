using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Operations;

/// <summary>
/// nginx run with the repository's example configuration (Deployment/nginx/learning.conf) in a
/// temporary prefix: the two nodes' ports, its own listening ports and a self-signed certificate
/// put in place of the example's, nothing else changed. Stopped by its PID.
/// </summary>
public sealed class NginxProcess : IDisposable
{
    public const string ExampleFile = "src/Learning.Web/Deployment/nginx/learning.conf";

    private readonly Process process;
    private readonly string prefix = Path.Combine(Path.GetTempPath(), "learning-tests", "nginx-" + Guid.NewGuid().ToString("N"));

    private NginxProcess(int firstNode, int secondNode)
    {
        Directory.CreateDirectory(prefix);
        (HttpPort, HttpsPort) = (Faults.ServerProcess.FreePort(), Faults.ServerProcess.FreePort());
        CertificateHash = WriteCertificate();
        File.WriteAllText(Path.Combine(prefix, "learning.conf"), Example(firstNode, secondNode));
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), MainConfig());
        var start = new ProcessStartInfo(TestEnvironment.Nginx) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", prefix, "-e", Path.Combine(prefix, "error.log"), "-c", Path.Combine(prefix, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
    }

    public int HttpPort { get; }

    public int HttpsPort { get; }

    /// <summary>The hash of the certificate nginx presents; the test's clients trust this one only.</summary>
    public string CertificateHash { get; }

    public static async Task<NginxProcess> StartAsync(int firstNode, int secondNode)
    {
        var nginx = new NginxProcess(firstNode, secondNode);
        for (var tries = 0; tries < 100; tries++)
        {
            if (nginx.process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {nginx.process.ExitCode}:\n{await nginx.process.StandardError.ReadToEndAsync()}\n{nginx.ErrorLog()}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, nginx.HttpsPort);
                return nginx;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        nginx.Dispose();
        throw new TimeoutException("nginx did not listen:\n" + nginx.ErrorLog());
    }

    public string ErrorLog() => File.Exists(Path.Combine(prefix, "error.log")) ? File.ReadAllText(Path.Combine(prefix, "error.log")) : "";

    /// <summary>The example with this run's addresses; a placeholder missing from it fails loudly, as the example would then be untested.</summary>
    private string Example(int firstNode, int secondNode)
    {
        var text = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, ExampleFile));
        foreach (var (from, to) in new[]
        {
            ("server 127.0.0.1:5001 ", $"server 127.0.0.1:{firstNode} "), ("server 127.0.0.1:5002 ", $"server 127.0.0.1:{secondNode} "),
            ("listen 80;", $"listen 127.0.0.1:{HttpPort};"), ("listen 443 ssl;", $"listen 127.0.0.1:{HttpsPort} ssl;"),
            ("/etc/ssl/learning/fullchain.pem", Path.Combine(prefix, "fullchain.pem")), ("/etc/ssl/learning/privkey.pem", Path.Combine(prefix, "privkey.pem")),
        })
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"{ExampleFile} no longer has '{from}'");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }

    private string MainConfig()
    {
        var temp = string.Join('\n', new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }.Select(t => $"    {t}_temp_path {prefix}/{t}_temp;"));
        // nginx started by root drops to the "user" of its configuration; root itself is the one sure to exist.
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        return $$"""
            {{user}}worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log info;
            events { worker_connections 256; }
            http {
                access_log {{prefix}}/access.log;
            {{temp}}
                include {{prefix}}/learning.conf;
            }
            """;
    }

    private string WriteCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(Path.Combine(prefix, "fullchain.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(prefix, "privkey.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHashString();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            // SIGQUIT to the master's PID: it stops its workers and exits.
            using (var quit = Process.Start("kill", ["-QUIT", process.Id.ToString()]))
            {
                quit.WaitForExit(5_000);
            }
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
    }
}
