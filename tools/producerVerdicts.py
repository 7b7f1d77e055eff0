#!/usr/bin/python3
"""Which workbooks of test/fixtures/producers/ other readers open: writes test/fixtures/producers/verdicts.tsv.

For every .xlsx/.xlsm file: does openpyxl (python3-openpyxl) load it, and does LibreOffice (soffice
--headless --convert-to csv) convert it? Each reader runs in its own process with a time limit (60 s)
and, for openpyxl, a 2 GB address-space limit, so a hostile file cannot take the machine.
The corpus test (test/hosts/xlsx/producerCorpus.test.ts) reads the table: a file either reader opens
must be read by perf-eval. Run it again when the corpus changes:

    /usr/bin/python3 tools/producerVerdicts.py
"""
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'test', 'fixtures', 'producers')
OUT = os.path.join(CORPUS, 'verdicts.tsv')
TIMEOUT = 60

OPENPYXL = """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        pass
"""


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def first_line(text):
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else '')[:120].replace('\t', ' ')


def openpyxl_verdict(path):
    try:
        run = subprocess.run(['/usr/bin/python3', '-c', OPENPYXL, path], capture_output=True, text=True,
                             timeout=TIMEOUT, preexec_fn=limit_memory, start_new_session=True)
    except subprocess.TimeoutExpired:
        return 'refuses', f'no answer in {TIMEOUT} s'
    return ('opens', '') if run.returncode == 0 else ('refuses', first_line(run.stderr))


def run_group(argv, timeout, **kwargs):
    """Runs argv in a process group of its own; kills the whole group (soffice.bin, which soffice starts,
    included) when it has not finished in time. Returns the exit code, or None on a timeout."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, **kwargs)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


def libreoffice_batch(paths, profile, timeout):
    """The set of paths LibreOffice converted, in one soffice run; None when the run did not finish."""
    out = tempfile.mkdtemp(prefix='verdict-')
    try:
        code = run_group(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--norestore',
                          '--convert-to', 'csv', '--outdir', out, *paths], timeout)
        if code is None:
            return None
        produced = {os.path.splitext(name)[0] for name in os.listdir(out)}
        return {p for p in paths if os.path.splitext(os.path.basename(p))[0] in produced}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def libreoffice_verdicts(paths, profile):
    """Path → verdict. Files go in batches of one folder (one soffice start each); a batch that does not
    finish is run again a file at a time, so a file that hangs LibreOffice is found and named."""
    verdicts = {}
    by_folder = {}
    for path in paths:
        by_folder.setdefault(os.path.dirname(path), []).append(path)
    for folder_paths in by_folder.values():
        for start in range(0, len(folder_paths), 25):
            batch = folder_paths[start:start + 25]
            converted = libreoffice_batch(batch, profile, TIMEOUT * 5)
            if converted is None:
                for path in batch:
                    single = libreoffice_batch([path], profile, TIMEOUT)
                    verdicts[path] = ('refuses', f'no answer in {TIMEOUT} s') if single is None else (
                        ('converts', '') if single else ('refuses', 'no output'))
            else:
                for path in batch:
                    verdicts[path] = ('converts', '') if path in converted else ('refuses', 'no output')
            print(f'LibreOffice: {len(verdicts)}/{len(paths)}', file=sys.stderr)
    return verdicts


def hostile(name):
    return any(word in name.lower() for word in ('crash', 'clusterfuzz', 'poc-', 'bomb', 'xxe', 'corrupted'))


def main():
    files = []
    for folder, _dirs, names in os.walk(CORPUS):
        for name in names:
            if name.lower().endswith(('.xlsx', '.xlsm')):
                files.append(os.path.relpath(os.path.join(folder, name), CORPUS))
    files.sort()
    profile = tempfile.mkdtemp(prefix='verdict-profile-')
    lo = libreoffice_verdicts([os.path.join(CORPUS, rel) for rel in files], profile)
    shutil.rmtree(profile, ignore_errors=True)
    rows = []
    for i, rel in enumerate(files):
        path = os.path.join(CORPUS, rel)
        openpyxl_result, openpyxl_why = openpyxl_verdict(path)
        lo_result, lo_why = lo[path]
        why = '; '.join(w for w in (openpyxl_why and f'openpyxl: {openpyxl_why}', lo_why and f'LibreOffice: {lo_why}') if w)
        rows.append([rel, 'hostile' if hostile(rel) else 'ordinary', openpyxl_result, lo_result, why])
        print(f'{i + 1}/{len(files)} {rel}: {openpyxl_result} / {lo_result}', file=sys.stderr)
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# Which producer files other readers open. Made by tools/producerVerdicts.py (openpyxl '
                  + subprocess.run(['/usr/bin/python3', '-c', 'import openpyxl; print(openpyxl.__version__)'],
                                   capture_output=True, text=True).stdout.strip()
                  + ', ' + subprocess.run(['soffice', '--version'], capture_output=True, text=True).stdout.strip().split(' (')[0]
                  + '); the corpus test reads it.\n')
        out.write('file\tkind\topenpyxl\tlibreoffice\twhy\n')
        for row in rows:
            out.write('\t'.join(row) + '\n')


if __name__ == '__main__':
    main()
