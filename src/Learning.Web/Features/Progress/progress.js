// Keeps every <progress data-status="..."> up to date by asking its status address every two
// seconds, and reloads the page when the work is finished. Without JavaScript the page refreshes
// itself instead (a <noscript> meta refresh).
(() => {
    const watch = (bar) => {
        const output = document.querySelector(`output[for="${bar.id}"]`);
        const poll = async () => {
            try {
                const response = await fetch(bar.dataset.status, { headers: { Accept: "application/json" } });
                if (response.ok) {
                    const status = await response.json();
                    bar.value = status.percent;
                    if (output) {
                        output.textContent = status.percent + " %";
                    }
                    if (status.finished) {
                        location.reload();
                        return;
                    }
                }
            } catch {
                // The site restarting is no reason to stop watching: the work resumes after it.
            }
            setTimeout(poll, 2000);
        };
        setTimeout(poll, 2000);
    };
    document.querySelectorAll("progress[data-status]").forEach(watch);
})();
