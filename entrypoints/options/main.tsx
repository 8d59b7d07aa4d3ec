import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/App';
import '../../src/ui/options/options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
