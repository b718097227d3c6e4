// The address of the print view: index.html#/print (the desktop app's hidden window, the command line's browser).
export const PRINT_ROUTE = '#/print';
