// The command line's words in Brazilian Portuguese.
import { PROBLEM_MESSAGES_PT } from '../shared/scenario/problem-messages.pt';
import type { CliMessageKey } from './messages.en';

export const CLI_MESSAGES_PT = {
  ...PROBLEM_MESSAGES_PT,

  'cli.usage': `Uso:
  npm run -s cli -- baseline [--format json|csv] [--out ARQUIVO] [--lang es|pt|fr|en]
  npm run -s cli -- project ARQUIVO [--format json|csv|xlsx] [--country ISO3] [--out ARQUIVO] [--lang es|pt|fr|en]
  npm run -s cli -- report ARQUIVO [ARQUIVO…] --out SAIDA.pdf [--country ISO3] [--paper a4|letter] [--landscape] [--lang es|pt|fr|en]
  npm run -s cli -- help [--lang es|pt|fr|en]

  baseline     imprime os dados de base com a fonte, a edição e o grau de confiança de cada número, e o
               registro observado posterior ao documento (2019–2025)
  project      projeta o cenário de ARQUIVO (um cenário .puente.json) para {first}–{last}: o cenário-base, o
               cenário e as variantes baixa e alta de cada resultado, para cada país (ISO3) e o agregado da
               América Latina e o Caribe (LAC), e (json) os valores observados, com seus registros, que os
               anos históricos reproduzem
  report       grava o relatório em PDF de um cenário, ou o relatório comparativo de 2 a {max} cenários,
               gerado em um navegador sem interface (PUENTE_CHROMIUM; senão, Electron, Chromium, Chrome ou Edge)
  --format     json (padrão), csv ou xlsx (só project: uma pasta de trabalho do Excel com a projeção, as
               premissas, as fontes e a procedência dos números; requer --out)
  --country    só este país (código ISO3, por exemplo COL) ou região (LAC, CAR, CAM, SAM); em report, o
               território do relatório (padrão: o que o primeiro cenário mostrava quando foi salvo)
  --out        grava em ARQUIVO em vez da saída padrão (ARQUIVO só é substituído se tudo deu certo);
               obrigatório para xlsx e para report
  --paper      só report: a4 (padrão) ou letter (carta)
  --landscape  só report: páginas em paisagem (padrão: retrato)
  --lang       o idioma destas mensagens, do relatório, da pasta de trabalho (xlsx) e dos nomes de lugares e
               das fontes do CSV: es, pt, fr ou en (padrão: en). Os números são escritos como na região principal
               do idioma (es: América Latina, pt: Brasil, fr: França) ou como na região indicada: --lang pt-PT
               escreve “1234,5”; --lang es-MX, “1,234.5”`,

  'cli.args.unknownCommand': 'Comando desconhecido: {command}. Use "baseline", "project" ou "report".',
  'cli.args.unknownOption': 'Opção desconhecida: {option}.',
  'cli.args.lang': '--lang deve ser "es" (Español), "pt" (Português), "fr" (Français) ou "en" (English), sozinho ou com uma região (es-CO); foi recebido {value}.',
  'cli.args.format': '--format deve ser "json", "csv" ou "xlsx"; foi recebido {value}.',
  'cli.args.paper': '--paper deve ser "a4" ou "letter"; foi recebido {value}.',
  'cli.args.countryMissing': '--country requer um código ISO3, por exemplo --country COL.',
  'cli.args.outMissing': '--out requer um nome de arquivo, por exemplo --out colombia.xlsx.',
  'cli.args.reportOnly': '--paper e --landscape só se aplicam a "report".',
  'cli.args.baselineNoFile': '"baseline" não recebe arquivo; foi recebido {file}.',
  'cli.args.countryNotBaseline': '--country só se aplica a "project" e "report".',
  'cli.args.xlsxProjectOnly': '--format xlsx só se aplica a "project"; os dados de base saem em json ou csv.',
  'cli.args.reportFormat': '--format se aplica a "baseline" e "project"; um relatório é sempre um PDF.',
  'cli.args.reportFiles': '"report" requer um arquivo de cenário (um relatório de cenário) ou de 2 a {max} (um relatório comparativo); foram recebidos {count}.',
  'cli.args.reportOut': '"report" requer --out, o arquivo PDF a ser gravado, por exemplo --out colombia.pdf.',
  'cli.args.projectFile': '"project" requer exatamente um arquivo de cenário, por exemplo project meu-cenario.puente.json.',
  'cli.args.xlsxNeedsOut': '--format xlsx grava uma pasta de trabalho do Excel: adicione --out ARQUIVO.xlsx.',
  'cli.args.xlsxExtension': '--out deve terminar em .xlsx com --format xlsx; foi recebido {out}.',
  'cli.badCountry': '--country {country} não é um código de país nem de região; use um código ISO3 como COL, ou LAC, CAR, CAM, SAM.',

  'cli.fileProblem': '{file}: {problem}',
  'cli.read.missing': 'O arquivo não existe.',
  'cli.read.denied': 'O Puente não tem permissão para ler este arquivo.',
  'cli.read.failed': 'Não é possível ler o arquivo ({code}).',

  'cli.out.folder': '--out {out} é uma pasta; informe um nome de arquivo, por exemplo {example}.',
  'cli.out.noFolder': '--out {out}: a pasta {folder} não existe.',

  'cli.write.noFolder': '{file}: não pode ser gravado (a pasta não existe); nada foi gravado.',
  'cli.write.denied': '{file}: não pode ser gravado (permissão negada); nada foi gravado.',
  'cli.write.isFolder': '{file}: não pode ser gravado (é uma pasta); nada foi gravado.',
  'cli.write.failed': '{file}: não pode ser gravado ({code}); nada foi gravado.',
  'cli.wrote': '{file} gravado',

  'cli.browser.none': 'Não há navegador para imprimir o relatório: instale o Chromium, o Chrome ou o Edge, ou indique o programa em PUENTE_CHROMIUM.',
  'cli.browser.notAProgram': 'PUENTE_CHROMIUM indica {path}, que não é um programa de navegador executável.',
  'cli.browser.cannotStart': 'Não foi possível iniciar o navegador em {path} ({reason}).',
  'cli.view.building': 'preparando a visualização do relatório (primeira execução)…',
  'cli.view.rebuilding': 'o modelo, os dados ou o aplicativo mudaram desde que a visualização do relatório foi preparada; preparando-a de novo…',
  'cli.view.outOfDate': 'A visualização do relatório está desatualizada e não pôde ser preparada de novo, por isso nenhum relatório foi impresso; execute "npm run build" e tente novamente.',
  'cli.print.invalidJob': 'Não foi possível preparar o relatório ({reason}).',
  'cli.print.notLaidOut': 'Não foi possível diagramar o relatório ({reason}).',
  'cli.print.browserFailed': 'O navegador não conseguiu imprimir o relatório ({reason}).',
  'cli.print.desktopFailed': 'O aplicativo para desktop não imprimiu o relatório ({reason}); execute "npm run build:electron" ou indique um navegador em PUENTE_CHROMIUM para imprimir com o Chromium.',
  'cli.print.exitCode': 'código de saída {code}',

  'cli.internalError': 'erro interno: {message}',
} as const satisfies Record<CliMessageKey, string>;
