// electron-builder configuration (docs/desktop.md). Real installers are built on release machines
// with `npm run dist`; CI builds only the unpacked directory against a stub Electron (scripts/pack-check.sh).
'use strict';

/**
 * Flavours: PUENTE_RELEASE=1 flips every hardening fuse. Without it (CI pack check, Playwright runs on a
 * packaged app) no fuses are written, because `EnableNodeCliInspectArguments: false` makes Playwright's
 * _electron.launch hang, and the CI stub binary has no fuse sentinel to flip.
 */
const release = process.env.PUENTE_RELEASE === '1';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.puente.app',
  productName: 'Puente',
  copyright: 'Puente team',
  directories: { buildResources: 'build', output: 'release' },
  // Explicit whitelist: the renderer libraries are bundled into dist/ by Vite, never copied as node_modules.
  files: ['dist/**', 'dist-electron/**', 'package.json', '!**/*.map'],
  asar: true,
  // Nothing in `dependencies` is needed at run time; do not rebuild native modules.
  npmRebuild: false,
  fileAssociations: [
    {
      ext: 'puente.json',
      name: 'Puente scenario',
      description: 'Puente scenario',
      mimeType: 'application/x-puente-scenario+json',
      role: 'Editor',
    },
  ],
  win: {
    target: ['nsis', 'portable'],
    icon: 'build/icon.png',
  },
  // Per-user install into %LOCALAPPDATA%: no administrator rights and no UAC prompt on managed laptops.
  nsis: {
    oneClick: true,
    perMachine: false,
    allowElevation: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  // A single .exe that runs from anywhere (a USB stick, a Downloads folder) for laptops that block installers.
  portable: {
    artifactName: '${productName}-${version}-portable.${ext}',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}.${ext}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Science',
    icon: 'build/icon.png',
    maintainer: 'Puente team',
    synopsis: 'Scenario modelling for migration and development policy',
  },
  electronFuses: release
    ? {
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      }
    : null,
};
