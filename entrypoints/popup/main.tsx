import { render } from 'preact';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
