// The command line's words in Spanish (neutral Latin American).
import { PROBLEM_MESSAGES_ES } from '../shared/scenario/problem-messages.es';
import type { CliMessageKey } from './messages.en';

export const CLI_MESSAGES_ES = {
  ...PROBLEM_MESSAGES_ES,

  'cli.usage': `Uso:
  npm run -s cli -- baseline [--format json|csv] [--out ARCHIVO] [--lang es|pt|fr|en]
  npm run -s cli -- project ARCHIVO [--format json|csv|xlsx] [--country ISO3] [--out ARCHIVO] [--lang es|pt|fr|en]
  npm run -s cli -- report ARCHIVO [ARCHIVO…] --out SALIDA.pdf [--country ISO3] [--paper a4|letter] [--landscape] [--lang es|pt|fr|en]
  npm run -s cli -- help [--lang es|pt|fr|en]

  baseline     imprime los datos base con la fuente, la edición y el nivel de confianza de cada cifra, y el
               registro observado posterior al documento (2019–2025)
  project      proyecta el escenario de ARCHIVO (un escenario .puente.json) para {first}–{last}: el escenario
               base, el escenario y las variantes baja y alta de cada resultado, para cada país (ISO3) y el
               agregado de América Latina y el Caribe (LAC), y (json) los valores observados, con sus
               registros, que reproducen los años históricos
  report       escribe el informe en PDF de un escenario, o el informe comparativo de 2 a {max} escenarios,
               generado en un navegador sin interfaz (PUENTE_CHROMIUM; si no, Electron, Chromium, Chrome o Edge)
  --format     json (predeterminado), csv o xlsx (solo project: un libro de Excel con la proyección, los
               supuestos, las fuentes y la procedencia de las cifras; requiere --out)
  --country    solo este país (código ISO3, por ejemplo COL) o región (LAC, CAR, CAM, SAM); en report, el
               territorio del informe (predeterminado: el que mostraba el primer escenario cuando se guardó)
  --out        escribe en ARCHIVO en lugar de la salida estándar (ARCHIVO solo se reemplaza si todo salió
               bien); obligatorio para xlsx y para report
  --paper      solo report: a4 (predeterminado) o letter (carta)
  --landscape  solo report: páginas horizontales (predeterminado: verticales)
  --lang       el idioma de estos mensajes, del informe, del libro (xlsx) y de los nombres de lugares y las
               fuentes del CSV: es, pt, fr o en (predeterminado: en). Los números se escriben como en la región
               principal del idioma (es: América Latina, pt: Brasil, fr: Francia) o como en la región indicada:
               --lang es-CO escribe “1.234,5”; --lang es-MX, “1,234.5”`,

  'cli.args.unknownCommand': 'Comando desconocido: {command}. Use "baseline", "project" o "report".',
  'cli.args.unknownOption': 'Opción desconocida: {option}.',
  'cli.args.lang': '--lang debe ser "es" (Español), "pt" (Português), "fr" (Français) o "en" (English), solo o con una región (es-CO); se recibió {value}.',
  'cli.args.format': '--format debe ser "json", "csv" o "xlsx"; se recibió {value}.',
  'cli.args.paper': '--paper debe ser "a4" o "letter"; se recibió {value}.',
  'cli.args.countryMissing': '--country requiere un código ISO3, por ejemplo --country COL.',
  'cli.args.outMissing': '--out requiere un nombre de archivo, por ejemplo --out colombia.xlsx.',
  'cli.args.reportOnly': '--paper y --landscape solo se aplican a "report".',
  'cli.args.baselineNoFile': '"baseline" no recibe ningún archivo; se recibió {file}.',
  'cli.args.countryNotBaseline': '--country solo se aplica a "project" y "report".',
  'cli.args.xlsxProjectOnly': '--format xlsx solo se aplica a "project"; los datos base se entregan en json o csv.',
  'cli.args.reportFormat': '--format se aplica a "baseline" y "project"; un informe siempre es un PDF.',
  'cli.args.reportFiles': '"report" requiere un archivo de escenario (un informe de escenario) o de 2 a {max} (un informe comparativo); se recibieron {count}.',
  'cli.args.reportOut': '"report" requiere --out, el archivo PDF que se va a escribir, por ejemplo --out colombia.pdf.',
  'cli.args.projectFile': '"project" requiere exactamente un archivo de escenario, por ejemplo project mi-escenario.puente.json.',
  'cli.args.xlsxNeedsOut': '--format xlsx escribe un libro de Excel: agregue --out ARCHIVO.xlsx.',
  'cli.args.xlsxExtension': '--out debe terminar en .xlsx con --format xlsx; se recibió {out}.',
  'cli.badCountry': '--country {country} no es un código de país ni de región; use un código ISO3 como COL, o LAC, CAR, CAM, SAM.',

  'cli.fileProblem': '{file}: {problem}',
  'cli.read.missing': 'El archivo no existe.',
  'cli.read.denied': 'Puente no tiene permiso para leer este archivo.',
  'cli.read.failed': 'No se puede leer el archivo ({code}).',

  'cli.out.folder': '--out {out} es una carpeta; indique un nombre de archivo, por ejemplo {example}.',
  'cli.out.noFolder': '--out {out}: la carpeta {folder} no existe.',

  'cli.write.noFolder': '{file}: no se puede escribir (la carpeta no existe); no se escribió nada.',
  'cli.write.denied': '{file}: no se puede escribir (permiso denegado); no se escribió nada.',
  'cli.write.isFolder': '{file}: no se puede escribir (es una carpeta); no se escribió nada.',
  'cli.write.failed': '{file}: no se puede escribir ({code}); no se escribió nada.',
  'cli.wrote': 'se escribió {file}',

  'cli.browser.none': 'No hay un navegador con el cual imprimir el informe: instale Chromium, Chrome o Edge, o indique su programa en PUENTE_CHROMIUM.',
  'cli.browser.notAProgram': 'PUENTE_CHROMIUM indica {path}, que no es un programa de navegador que se pueda ejecutar.',
  'cli.browser.cannotStart': 'No se pudo iniciar el navegador de {path} ({reason}).',
  'cli.view.building': 'preparando la vista del informe (primera ejecución)…',
  'cli.view.rebuilding': 'el modelo, los datos o la aplicación cambiaron desde que se preparó la vista del informe; se está preparando de nuevo…',
  'cli.view.outOfDate': 'La vista del informe está desactualizada y no se pudo volver a preparar, así que no se imprimió ningún informe; ejecute "npm run build" e inténtelo de nuevo.',
  'cli.print.invalidJob': 'No se pudo preparar el informe ({reason}).',
  'cli.print.notLaidOut': 'No se pudo diagramar el informe ({reason}).',
  'cli.print.browserFailed': 'El navegador no pudo imprimir el informe ({reason}).',
  'cli.print.desktopFailed': 'La aplicación de escritorio no imprimió el informe ({reason}); ejecute "npm run build:electron" o indique un navegador en PUENTE_CHROMIUM para imprimir con Chromium.',
  'cli.print.exitCode': 'código de salida {code}',

  'cli.internalError': 'error interno: {message}',
} as const satisfies Record<CliMessageKey, string>;
